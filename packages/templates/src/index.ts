export type {
  BodyFormat,
  DataProblem,
  OutputFormat,
  ScalarType,
  Template,
  TemplateKind,
  TemplateMeta,
  VariableSpec,
  VariableType
} from './types.js'
export {variableTypes} from './types.js'
export {kinds, kindNames, isKind} from './kinds.js'
export type {KindRequirement} from './kinds.js'
export {templateRules, templateExtensions, isTemplatePath} from './rules.js'
export type {TemplateRuleId} from './rules.js'
export {parseTemplateSource, channels} from './parse.js'
export type {ParsedTemplate, SourceProblem} from './parse.js'
export {validateData, describeType} from './validate.js'
export {renderTemplate, TemplateDataError, TemplateRenderError} from './render.js'
export type {RenderOptions} from './render.js'
export {
  listTemplates,
  loadTemplate,
  loadTemplateFile,
  libraryFolders,
  templateFiles,
  shippedTemplatesFolder,
  TemplateFileError
} from './library.js'
export type {LibraryOptions, TemplateFilter} from './library.js'
export {lintTemplate, maskedCopy} from './lint.js'
export type {TemplateLintInput, TemplateLintContext, TemplateLintOptions} from './lint.js'
export {newTemplateSource} from './scaffold.js'
export {templateFoldersOf} from './config.js'
export {helperNames, knownHelpers, builtInHelpers} from './environment.js'
export {
  formatDate,
  formatWeekday,
  formatTime,
  formatTimeRange,
  formatPhone,
  formatMoney,
  formatList,
  formatContact,
  formatHoursTable,
  HelperInputError
} from './helpers/format.js'
export type {Style} from './helpers/format.js'
export {addWorkdays, easterSunday, swedishHolidays, holidayOn, isWorkday} from './helpers/holidays.js'
export type {Holiday} from './helpers/holidays.js'
export {parseDataText} from './data.js'
