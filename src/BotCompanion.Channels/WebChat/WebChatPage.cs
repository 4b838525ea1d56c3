namespace BotCompanion.Channels.WebChat;

/// <summary>A single self-contained page: no build step, no external assets.</summary>
internal static class WebChatPage
{
    public const string Html = """
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>BotCompanion — development chat</title>
<style>
  :root { font-family: system-ui, sans-serif; color: #1b1b1b; background: #f6f6f4; }
  body { margin: 0; display: flex; flex-direction: column; height: 100vh; height: 100dvh; }
  header, footer { padding: .75rem 1rem; background: #fff; border-bottom: 1px solid #ddd; }
  footer { border-top: 1px solid #ddd; border-bottom: 0; }
  h1 { font-size: 1.1rem; margin: 0; }
  header p { margin: .25rem 0 0; font-size: .85rem; color: #4a4a4a; }
  main { flex: 1; min-height: 0; overflow-y: auto; padding: 1rem; }
  .msg { max-width: 44rem; margin: .5rem 0; padding: .6rem .8rem; border-radius: .6rem; white-space: pre-wrap; line-height: 1.4; }
  .user { background: #dbe9ff; margin-left: auto; }
  .coaching { background: #fff; border: 1px solid #ddd; }
  .mentor { background: #fff6e0; border: 1px solid #c58b00; }
  form { display: flex; gap: .5rem; }
  input[type=text] { flex: 1; font-size: 1rem; padding: .6rem; border: 1px solid #767676; border-radius: .4rem; }
  button { font-size: 1rem; padding: .6rem 1rem; border: 0; border-radius: .4rem; background: #0f5cc0; color: #fff; cursor: pointer; }
  button:focus-visible, input:focus-visible { outline: 3px solid #f5a623; outline-offset: 2px; }
  .chips { display: flex; flex-wrap: wrap; gap: .4rem; margin: .25rem 0 .5rem; }
  .chips button { background: #fff; color: #0f5cc0; border: 1px solid #0f5cc0; padding: .3rem .7rem; font-size: .9rem; }
</style>
</head>
<body>
<header>
  <h1>BotCompanion</h1>
  <p>Development chat. Your messages stay on this machine's bot. Type <kbd>/help</kbd> for commands.</p>
</header>
<main id="log" aria-live="polite" aria-label="Conversation"></main>
<footer>
  <form id="form">
    <label for="text" class="visually-hidden" style="position:absolute;left:-9999px">Message</label>
    <input id="text" type="text" autocomplete="off" placeholder="Type a message" required maxlength="16000">
    <button type="submit">Send</button>
  </form>
</footer>
<script>
  const log = document.getElementById('log');
  const form = document.getElementById('form');
  const input = document.getElementById('text');
  const key = 'botcompanion.webchat.id';
  let id = localStorage.getItem(key);
  if (!id) { id = crypto.randomUUID().replaceAll('-', ''); localStorage.setItem(key, id); }
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  function add(text, cls) {
    const div = document.createElement('div');
    div.className = 'msg ' + cls;
    div.textContent = text;
    log.appendChild(div);
    reveal();
    return div;
  }

  // The newest reply and its buttons stay in view above the footer: after every message, every row of buttons,
  // and when the window changes size (a phone keyboard opening) while the conversation was at its end.
  let atEnd = true;
  function reveal() { log.scrollTop = log.scrollHeight; atEnd = true; }
  log.addEventListener('scroll', () => { atEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 8; });
  new ResizeObserver(() => { if (atEnd) reveal(); }).observe(log);

  function chips(actions) {
    if (!actions || actions.length === 0) return;
    const row = document.createElement('div');
    row.className = 'chips';
    for (const a of actions) {
      const b = document.createElement('button');
      b.type = 'button'; b.textContent = a;
      b.onclick = () => { row.remove(); send(a); };
      row.appendChild(b);
    }
    log.appendChild(row);
    reveal();
  }

  async function send(text) {
    add(text, 'user');
    try {
      const res = await fetch('/api/webchat/messages', {
        method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ conversationId: id, text, timeZone: zone, messageId: crypto.randomUUID() })
      });
      if (!res.ok) { add('The bot could not take that message (' + res.status + ').', 'coaching'); return; }
      const body = await res.json();
      for (const r of body.replies) { add(r.text, r.mode); chips(r.suggestedActions); }
    } catch (e) {
      add('The bot is not reachable. Is it still running?', 'coaching');
    }
  }

  // Check-ins the bot sends on its own wait in an inbox until the page asks.
  async function poll() {
    try {
      const res = await fetch('/api/webchat/inbox/' + encodeURIComponent(id));
      if (!res.ok) return;
      const body = await res.json();
      for (const r of body.replies) { add(r.text, r.mode); chips(r.suggestedActions); }
    } catch (e) { /* the bot is restarting; try again at the next tick */ }
  }
  setInterval(poll, 5000);
  poll();

  form.addEventListener('submit', e => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    send(text);
  });
  input.focus();
</script>
</body>
</html>
""";
}
