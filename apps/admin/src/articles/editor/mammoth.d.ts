// The browser build of mammoth (one file, no Node built-ins) has the package's own API.
declare module 'mammoth/mammoth.browser.min.js' {
  import mammoth from 'mammoth';
  export default mammoth;
}
