// Lets the node-side typecheck (tsconfig.json) import Vue single-file components in view tests.
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}
