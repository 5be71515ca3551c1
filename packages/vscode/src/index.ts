export {statusText, statusTooltip} from './status.js'
export type {DocumentStats} from './status.js'
