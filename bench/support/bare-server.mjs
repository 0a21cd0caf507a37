// The server benchmark's baseline: a bare Node http server serving the same bytes the preview
// serves (the page, and a WAV file streamed from disk), with no guard, routing or services.
// Usage: node bare-server.mjs <page.html> <audio.wav>; prints {"port":…}.
import fs from 'node:fs';
import http from 'node:http';

const [page, audio] = process.argv.slice(2);
const html = fs.readFileSync(page);
const server = http.createServer((req, res) => {
  if (req.url === '/audio.wav') {
    res.writeHead(200, { 'Content-Type': 'audio/wav', 'Content-Length': fs.statSync(audio).size });
    fs.createReadStream(audio).pipe(res);
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
});
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));
