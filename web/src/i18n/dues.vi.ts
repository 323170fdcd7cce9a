/** Vietnamese texts of the dues, rating and import pages (namespace 'dues'). */
const duesVi = {
  title: 'Đảng phí',
};

export default duesVi;
export type DuesMessages = typeof duesVi;
