const http = require('http'); const sirv = require('sirv');
const f = sirv(process.argv[2], { dev: true, extensions: ['html'] });
http.createServer((q, r) => f(q, r, () => { r.statusCode = 404; r.end(); })).listen(Number(process.argv[3]), '127.0.0.1');
