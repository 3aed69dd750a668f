import '../src/bundle.js';
