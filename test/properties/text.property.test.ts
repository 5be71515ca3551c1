import {formatProperty} from './format-property.js'

formatProperty('text', 0.25)
