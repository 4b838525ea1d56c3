"""An OpenAI-compatible chat server for the coaching bench: rotating open questions, and every fifth reply a
piece of advice, so the bench shows what the guard does with a model that slips. Usage: stub_model.py PORT"""
import itertools, json, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

REPLIES = itertools.cycle([
    "What would a good outcome look like for you?",
    "You mentioned the deadline. What makes it matter so much?",
    "What have you already tried?",
    "Who else has a stake in this?",
    "You should just delegate it to your deputy and move on.",
    "What options can you see from here?",
    "What will you do first, and by when?",
])
CALLS = 0

class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        self._json({"object": "list", "data": [{"id": "stub", "object": "model"}]})

    def do_POST(self):
        global CALLS
        CALLS += 1
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        text = next(REPLIES)
        self._json({"id": f"stub-{CALLS}", "object": "chat.completion", "created": 0, "model": "stub",
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}})

    def _json(self, body):
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
