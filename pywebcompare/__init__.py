"""pyweb-compare's data core: load, validate and render the framework data.

Plain Python with no MkDocs import, so the site can move to another engine.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
