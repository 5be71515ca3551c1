import {formatProperty} from './format-property.js'

formatProperty('template', 0.25)
