import {formatProperty} from './format-property.js'

formatProperty('markdown', 0.3)
