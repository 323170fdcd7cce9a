import type { DuesMessages } from './dues.vi';

const duesEn: DuesMessages = {
  title: 'Party dues',
};

export default duesEn;
