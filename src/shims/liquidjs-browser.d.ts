// liquidjs's browser build is the same engine as its Node build, without the Node built-ins the Node build loads
// at start-up (crypto alone costs ~15 ms) for features templates here never use (file loaders, streams, the
// sha256 filters, which the browser build implements in JavaScript). Its API and types are liquidjs's own.
declare module 'liquidjs/dist/liquid.browser.mjs' {
  export * from 'liquidjs'
}
