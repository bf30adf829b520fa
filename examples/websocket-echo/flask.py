# WebSocket echo with the Flask-Sock extension (each connection holds one worker thread).
from flask import Flask
from flask_sock import Sock

app = Flask(__name__)
sock = Sock(app)


@sock.route("/ws")
def echo(ws):
    while True:
        ws.send(ws.receive())
