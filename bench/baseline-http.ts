import { serveBaseline } from './baseline-server.js';
import { forwardHttp } from './forward-http.js';

serveBaseline(forwardHttp);
