// Starts Learning Locker's statement service for the LRS integration test, listening on
// 127.0.0.1 only: its own listen call takes just a port, so the host is added here.
const http = require('http');
const originalListen = http.Server.prototype.listen;
http.Server.prototype.listen = function (port, ...rest) {
  const done = rest.find((arg) => typeof arg === 'function');
  return originalListen.call(this, port, '127.0.0.1', done);
};
require('xapi-statements/dist/server');
