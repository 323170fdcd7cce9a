/** Vietnamese texts of the member register pages (namespace 'members'). */
const membersVi = {
  title: 'Đảng viên',
};

export default membersVi;
export type MembersMessages = typeof membersVi;
