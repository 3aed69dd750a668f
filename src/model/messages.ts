/** Languages the kit speaks. zh-CN is the default. */
export type Lang = 'zh-CN' | 'en';

/** Picks a supported language from a BCP 47 tag ("en-US" → en, anything else → zh-CN). */
export function resolveLang(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh-CN';
}

type Params = Record<string, string | number>;
type Template = { 'zh-CN': string; en: string };

/** Every message the model and the loader can produce, in both languages. `{name}` is a parameter. */
export const MESSAGES = {
  // validation
  'schema.required': { 'zh-CN': '缺少必填字段“{field}”', en: 'missing required field "{field}"' },
  'schema.type': { 'zh-CN': '类型错误：应为{expectedZh}', en: 'wrong type: expected {expected}' },
  'schema.enum': { 'zh-CN': '取值“{value}”无效，可选值：{allowed}', en: 'invalid value "{value}"; allowed: {allowed}' },
  'schema.pattern': { 'zh-CN': '格式不正确：“{value}”', en: 'malformed value "{value}"' },
  'schema.decimal': {
    'zh-CN': '金额“{value}”不是十进制字符串（应如 "598.78"，不带千分位、不用数字类型）',
    en: 'amount {value} is not a decimal string (write it like "598.78": a string, no thousands separators)',
  },
  'schema.functionalCode': {
    'zh-CN': '功能分类科目编码“{value}”无效（应为 3、5 或 7 位数字）',
    en: 'functional classification code "{value}" is invalid (3, 5 or 7 digits)',
  },
  'schema.economicCode': {
    'zh-CN': '经济分类科目编码“{value}”无效（应为 3 或 5 位数字）',
    en: 'economic classification code "{value}" is invalid (3 or 5 digits)',
  },
  'schema.minLength': { 'zh-CN': '不能为空', en: 'must not be empty' },
  'schema.maxLength': {
    'zh-CN': '文字过长：{length} 个字符，最多 {limit} 个',
    en: 'text too long: {length} characters, at most {limit}',
  },
  'schema.maxItems': { 'zh-CN': '条目过多：{count} 项，最多 {limit} 项', en: 'too many items: {count}, at most {limit}' },
  'schema.uniqueItems': { 'zh-CN': '“{value}”重复出现，每项只能出现一次', en: '"{value}" appears more than once; each may appear only once' },
  'schema.depth': { 'zh-CN': '嵌套过深：超过 {limit} 层', en: 'nested too deeply: more than {limit} levels' },
  'schema.amountDigits': {
    'zh-CN': '金额“{value}”位数过多：整数部分最多 {integer} 位，小数部分最多 {fraction} 位',
    en: 'amount "{value}" has too many digits: at most {integer} before the point and {fraction} after',
  },
  'schema.percent': {
    'zh-CN': '百分比“{value}”无效（应为 0 到 100 之间的十进制字符串，如 "87.5"）',
    en: 'percentage "{value}" is invalid (a decimal string from 0 to 100, like "87.5")',
  },
  'schema.more': { 'zh-CN': '另有 {count} 处错误未列出', en: 'and {count} more errors not listed' },
  'schema.moreWarnings': { 'zh-CN': '另有 {count} 个警告未列出', en: 'and {count} more warnings not listed' },
  'schema.minimum': { 'zh-CN': '数值应不小于 {limit}', en: 'must be at least {limit}' },
  'schema.maximum': { 'zh-CN': '数值应不大于 {limit}', en: 'must be at most {limit}' },
  'schema.integer': { 'zh-CN': '应为整数', en: 'must be an integer' },
  'schema.version': {
    'zh-CN': '不支持的数据标准版本“{value}”：本工具读取 {supported}.x 版本',
    en: 'unsupported schemaVersion "{value}": this kit reads version {supported}.x',
  },
  'schema.duplicateCode': { 'zh-CN': '科目编码“{value}”重复出现', en: 'code "{value}" appears more than once' },
  'schema.orphanCode': {
    'zh-CN': '科目“{value}”的上级科目“{parent}”未列出',
    en: 'the parent "{parent}" of code "{value}" is not listed',
  },
  'schema.duplicateProject': { 'zh-CN': '项目编码“{value}”重复出现', en: 'project code "{value}" appears more than once' },
  'schema.targetMismatch': {
    'zh-CN': '指标值“{text}”的解析结果与填写的 operator/value/unit 不一致',
    en: 'the parsed form of target "{text}" does not match the operator/value/unit given',
  },
  'parse.json': { 'zh-CN': '不是有效的 JSON：{detail}', en: 'not valid JSON: {detail}' },
  'parse.notObject': { 'zh-CN': '数据应为一个 JSON 对象', en: 'the data must be a JSON object' },
  'parse.unreadable': { 'zh-CN': '数据无法读取：{detail}', en: 'the data cannot be read: {detail}' },

  // reconciliation
  'check.sum': {
    'zh-CN': '{subject}{column}公布为 {published}，其组成部分合计为 {computed}，相差 {difference}',
    en: '{subject}{column} is published as {published}, but its parts add up to {computed} (difference {difference})',
  },
  'check.equal': {
    'zh-CN': '{subject}：{left} 为 {published}，{right} 为 {computed}，相差 {difference}',
    en: '{subject}: {left} is {published} but {right} is {computed} (difference {difference})',
  },
  'check.text': {
    'zh-CN': '说明文字“{quote}”中{subject}为 {stated}，{where}为 {table}，相差 {difference}',
    en: 'The text “{quote}” gives {subject} as {stated}; {where} gives {table} (difference {difference})',
  },
  'check.unitSlip': {
    'zh-CN': '；若按“{unit}”读则与表一致，单位可能写错',
    en: '; read in {unit} it would be the table’s figure: the unit may be wrong',
  },
  'check.rounding': {
    'zh-CN': '在舍位误差范围内（±{tolerance}）',
    en: 'within rounding tolerance (±{tolerance})',
  },
  'check.alsoIn': { 'zh-CN': '同一差异也见于：{places}', en: 'the same difference also appears in: {places}' },

  // loader
  'load.network': {
    'zh-CN': '连不上数据文件所在的服务器（网络错误：地址写错、服务器未运行或网络中断）：{url}',
    en: 'could not reach the server of the data file (network error: a wrong address, the server down, or no connection): {url}',
  },
  'load.offline': { 'zh-CN': '无法获取数据文件：本设备没有连接网络（{url}）', en: 'could not fetch the data file: this device is offline ({url})' },
  'load.cors': {
    'zh-CN': '浏览器不允许本页读取另一来源的数据文件（跨域 CORS）：{url}。该服务器须为此文件发送响应头 Access-Control-Allow-Origin: *（或 {origin}）',
    en: 'the browser does not let this page read a data file from another origin (CORS): {url}. Its server must send the response header Access-Control-Allow-Origin: * (or {origin}) with the file',
  },
  'load.badUrl': { 'zh-CN': '数据地址不是有效的网址：{url}', en: 'the data address is not a valid URL: {url}' },
  'load.notFound': { 'zh-CN': '找不到数据文件（HTTP {status}）：{url}', en: 'the data file was not found (HTTP {status}): {url}' },
  'load.http': { 'zh-CN': '数据文件请求失败：HTTP {status}，地址 {url}', en: 'the data file request failed: HTTP {status} at {url}' },
  'load.contentType': {
    'zh-CN': '数据文件类型不对：{url} 的 Content-Type 是 {contentType}，应为 application/json',
    en: 'the data file has the wrong type: {url} is served as {contentType}; expected application/json',
  },
  'load.tooLarge': {
    'zh-CN': '数据文件过大（超过 {limit} 字节）',
    en: 'the data file is too large (over {limit} bytes)',
  },
  'load.timeout': { 'zh-CN': '获取数据文件超时（{seconds} 秒）', en: 'fetching the data file timed out ({seconds} s)' },
  'load.json': { 'zh-CN': '数据文件不是有效的 JSON', en: 'the data file is not valid JSON' },
  'load.schema': {
    'zh-CN': '数据文件不符合预算数据标准（{count} 处错误）',
    en: 'the data file does not follow the budget data standard ({count} errors)',
  },
  'load.catalogSchema': {
    'zh-CN': '目录文件不符合部门目录标准（{count} 处错误）',
    en: 'the catalog does not follow the catalog standard ({count} errors)',
  },
  'load.origin': {
    'zh-CN': '数据地址不在本站允许的来源中：{url}',
    en: 'the data address is not from an origin this site allows: {url}',
  },
  'load.noSource': { 'zh-CN': '未指定数据（src 属性或 data 属性）', en: 'no data given (set the src or data property)' },
} satisfies Record<string, Template>;

export type MessageKey = keyof typeof MESSAGES;

/** Fills a message template in the given language. */
export function msg(key: MessageKey, lang: Lang, params: Params = {}): string {
  const template = MESSAGES[key][lang];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}
