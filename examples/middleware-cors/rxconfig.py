# Reflex reads its configuration from rxconfig.py in the working directory; only the allowed origin matters here.
import reflex as rx

config = rx.Config(app_name="app", cors_allowed_origins=["https://example.org"])
