// Where each part of a disclosure goes in <budget-document>, and the document's own order of them.
import { expect } from '@open-wc/testing';
import { inPrintedOrder, isSubHeading, partOfTable, placeOf, printedOrder, PARTS } from '../../src/model/document-parts.js';
import type { DocumentPart } from '../../src/model/types.js';

describe('document parts', () => {
  it('places the written sections and the tables in their parts', () => {
    expect(placeOf({ id: 'threePublic', title: '一、2025年“三公”经费预算情况说明', paragraphs: ['x'] })).to.equal('threePublic');
    expect(placeOf({ title: '四、绩效目标设置情况', paragraphs: ['x'] })).to.equal('performance');
    // A project's own numbered part stays with the project, though its words say 预算安排.
    expect(placeOf({ id: 'overview', title: '六、年度预算安排', paragraphs: ['x'] })).to.equal('other');
    expect(partOfTable('organization')).to.equal('profile');
    expect(partOfTable('projectPerformance')).to.equal('performance');
    expect(partOfTable('functional')).to.equal('tables');
  });

  it('names each part once, where it first appears', () => {
    expect(printedOrder(['profile', 'profile', 'glossary', 'explanation', 'tables', 'profile', 'other'])).to.deep.equal([
      'profile',
      'glossary',
      'explanation',
      'tables',
      'other',
    ]);
  });

  it('sorts the parts into the printed order; a part the order leaves out follows the one before it in the standard order', () => {
    const parts = [...PARTS];
    const shanghai: DocumentPart[] = ['profile', 'glossary', 'explanation', 'tables', 'threePublic', 'operatingCosts', 'procurement', 'performance', 'assets'];
    // 其他 (not printed here) follows 绩效目标, as in the standard order.
    expect(inPrintedOrder(parts, (p) => p, shanghai)).to.deep.equal([...shanghai.slice(0, -1), 'other', 'assets']);
    // A workbook's order knows nothing of its tables: they stay after the profile.
    expect(inPrintedOrder(parts, (p) => p, ['glossary', 'profile', 'explanation'])).to.deep.equal([
      'glossary',
      'profile',
      'tables',
      'explanation',
      'operatingCosts',
      'threePublic',
      'procurement',
      'assets',
      'performance',
      'other',
    ]);
    // No order: the standard one.
    expect(inPrintedOrder(parts, (p) => p, undefined)).to.deep.equal(parts);
  });

  it('takes a short numbered line for a sub-heading of its section, not a numbered item of a list', () => {
    const project = ['一、项目概述', '人民调解承担着化解社会矛盾的职能。', '六、年度预算安排', '信息化系统日常维护费166.66万元。', '七、绩效目标'];
    expect(project.map((_, i) => isSubHeading(project, i))).to.deep.equal([true, false, true, false, false]);
    const duties = ['四、实施综合管理。对区域内城市管理……', '九、承办区委、区政府交办的其他事项', '（三）负责推进本区法治政府建设工作', 'x'];
    expect(duties.map((_, i) => isSubHeading(duties, i))).to.deep.equal([false, false, false, false]);
  });
});
