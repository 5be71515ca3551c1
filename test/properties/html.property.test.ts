import {formatProperty} from './format-property.js'

formatProperty('html', 0.2)
