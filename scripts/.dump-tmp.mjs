import readExcelFile from 'read-excel-file/node';
const f = process.argv[2]; const only = process.argv[3];
const sheets = await readExcelFile(f);
for (const s of sheets) {
  if (only && !s.sheet.includes(only)) { console.log('## '+s.sheet+' ('+s.data.length+' rows)'); continue; }
  console.log('## ' + s.sheet);
  s.data.slice(0, 40).forEach((r, i) => console.log(i + 1, JSON.stringify(r)));
}
