import type { MembersMessages } from './members.vi';

const membersEn: MembersMessages = {
  title: 'Party members',
};

export default membersEn;
