import { describe, expect, it } from 'vitest';
import { type HeldPost, compareHeldPosts, titleOfPosts } from './people.titles.ts';

const post = (postId: string, title: string, o: Partial<HeldPost> = {}): HeldPost => ({
  postId, title, organizationId: 'org', sphere: 'agency', precedence: 100, startsOn: '2021-01-01', endsOn: null, ...o,
});

describe('the order of a title', () => {
  it('puts party posts first, then orders by precedence', () => {
    const posts = [post('a', 'Phó Chủ nhiệm Văn phòng Quốc hội', { precedence: 10 }), post('b', 'Bí thư Đảng ủy Cơ quan', { sphere: 'party', precedence: 50 })];
    expect(titleOfPosts(posts)).toBe('Bí thư Đảng ủy Cơ quan, Phó Chủ nhiệm Văn phòng Quốc hội');
  });

  it('breaks a tie of precedence by the holding that started first, then by the post id, whatever the input order', () => {
    const general = post('f0', 'Tổng Thư ký Quốc hội', { startsOn: '2021-04-08' });
    const office = post('0a', 'Chủ nhiệm Văn phòng Quốc hội', { startsOn: '2021-04-09' });
    expect(titleOfPosts([office, general])).toBe('Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội');
    expect(titleOfPosts([general, office])).toBe('Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội');
    const sameDay = { ...office, startsOn: general.startsOn };
    expect(titleOfPosts([general, sameDay])).toBe('Chủ nhiệm Văn phòng Quốc hội, Tổng Thư ký Quốc hội');
    expect(compareHeldPosts(general, general)).toBe(0);
    expect(titleOfPosts([])).toBeNull();
  });
});
