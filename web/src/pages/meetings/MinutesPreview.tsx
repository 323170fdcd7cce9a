import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesContent, Vote } from './types';
import { useMeetingsT } from './i18n';

/** Printed look: Times New Roman on a white sheet, the party heading in two columns. */
const S = {
  paper: { fontFamily: '"Times New Roman", Times, serif', fontSize: 16, lineHeight: 1.5, background: '#fff', color: '#000', padding: '32px 40px', border: '1px solid #e5e5e5', boxShadow: '0 1px 4px rgba(0,0,0,.06)', maxWidth: 860, textAlign: 'justify' },
  heading: { display: 'flex', justifyContent: 'space-between', gap: 24, textAlign: 'center', marginBottom: 24 },
  title: { textAlign: 'center', fontSize: 20, fontWeight: 700, margin: '8px 0 0', fontFamily: 'inherit' },
  subtitle: { textAlign: 'center', marginBottom: 16 },
  h4: { fontSize: 16, fontWeight: 700, margin: '16px 0 4px', fontFamily: 'inherit' },
  signatures: { display: 'flex', justifyContent: 'space-around', textAlign: 'center', marginTop: 32 },
  signSpace: { height: 72 },
} satisfies Record<string, CSSProperties>;

const named = (p: { name: string; title: string | null }) => (p.title ? `${p.title} ${p.name}` : p.name);

function VoteText({ v }: { v: Vote }) {
  const { t } = useMeetingsT();
  const { i18n } = useTranslation();
  const pct = (n: number) => (v.baseCount > 0 ? Math.round((n * 1000) / v.baseCount) / 10 : 0).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN');
  return (
    <p>
      {t('preview.vote', {
        subject: v.subject,
        method: t(`voteMethods.${v.method}`),
        for: v.forCount,
        forPct: pct(v.forCount),
        against: v.againstCount,
        abstain: v.abstainCount,
        base: v.baseCount,
      })}{' '}
      <strong>{v.passed ? t('preview.passed') : t('preview.failed')}</strong>
    </p>
  );
}

function Composition({ c }: { c: MinutesContent }) {
  const { t } = useMeetingsT();
  const q = c.quorum;
  return (
    <>
      <h4 style={S.h4}>{t('preview.composition')}</h4>
      {q.applicable && <p>{t(q.basis === 'cell' ? 'preview.quorum' : 'preview.quorumBody', { official: q.official, probationary: q.probationary, exempt: q.exempt, elsewhere: q.temporarilyElsewhere, base: q.base, present: q.present, excused: q.absentExcused, unexcused: q.absentUnexcused })}</p>}
      {c.attendance.present.length > 0 && <p>{t('preview.present')}: {c.attendance.present.map(named).join('; ')}.</p>}
      {c.attendance.absentExcused.length > 0 && <p>{t('preview.absentExcused')}: {c.attendance.absentExcused.map((a) => (a.reason ? `${a.name} (${a.reason})` : a.name)).join('; ')}.</p>}
      {c.attendance.absentUnexcused.length > 0 && <p>{t('preview.absentUnexcused')}: {c.attendance.absentUnexcused.map((a) => a.name).join('; ')}.</p>}
      {q.applicable && <p>{q.met ? t('preview.quorumMet', { required: q.required }) : t('preview.quorumNotMet', { required: q.required })}</p>}
      {c.guests.length > 0 && <p>{t('preview.guests')}: {c.guests.map(named).join('; ')}.</p>}
      {c.invitedUnits.length > 0 && <p>{t('preview.units')}: {c.invitedUnits.join('; ')}.</p>}
      <p>{t('preview.chair')}: {c.chairs.length > 0 ? c.chairs.map(named).join('; ') : '…'}.</p>
      <p>{t('preview.secretary')}: {c.secretary ? named(c.secretary) : '…'}.</p>
    </>
  );
}

function Proceedings({ c }: { c: MinutesContent }) {
  const { t } = useMeetingsT();
  return (
    <>
      <h4 style={S.h4}>{t('preview.proceedings')}</h4>
      {c.items.map((item) => (
        <div key={item.number} style={{ marginLeft: item.depth * 24 }}>
          <p><strong>{item.number}. {item.title}</strong>{item.presenter ? ` (${t('preview.presenter', { name: item.presenter })})` : ''}</p>
          {item.documents.length > 0 && <p><em>{t('preview.documents')}: {item.documents.join('; ')}</em></p>}
          {item.notes && <p style={{ whiteSpace: 'pre-wrap' }}>{item.notes}</p>}
          {item.speeches.map((s, i) => (
            <p key={i}>- {t('preview.speech', { name: s.speakerTitle ? `${s.speakerName} (${s.speakerTitle})` : s.speakerName })}: {s.summary}</p>
          ))}
          {item.votes.map((v) => <VoteText key={v.id} v={v} />)}
          {item.result && <p><em>{t('preview.result')}: {item.result}</em></p>}
        </div>
      ))}
    </>
  );
}

/** The minutes as they will print: party heading, composition and quorum, proceedings, conclusions, signatures. */
export function MinutesPreview({ content: c }: { content: MinutesContent }) {
  const { t } = useMeetingsT();
  return (
    <div style={S.paper} data-testid="minutes-preview">
      <div style={S.heading}>
        <div>
          {c.heading.superiorName && <div>{c.heading.superiorName}</div>}
          <div><strong>{c.heading.organizationName}</strong></div>
          <div>*</div>
        </div>
        <div>
          <div><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong></div>
          <div><em>{c.heading.placeDateLine}</em></div>
        </div>
      </div>
      <h3 style={S.title}>{t('preview.heading')}</h3>
      <div style={S.subtitle}><strong>{c.title}</strong></div>
      <p>{c.openingLine}</p>
      <Composition c={c} />
      <Proceedings c={c} />
      {c.adoptedDocuments.length > 0 && (
        <>
          <h4 style={S.h4}>III. {t('preview.adopted')}</h4>
          {c.adoptedDocuments.map((d, i) => <p key={i}>- {d.documentType}: {d.title}</p>)}
        </>
      )}
      {c.conclusions.length > 0 && (
        <>
          <h4 style={S.h4}>{c.adoptedDocuments.length > 0 ? 'IV' : 'III'}. {t('preview.conclusions')}</h4>
          {c.conclusions.map((k) => <p key={k.number}>{k.number}. {k.text}</p>)}
        </>
      )}
      <p>{c.closingLine}</p>
      <div style={S.signatures}>
        {c.signatures.map((s) => (
          <div key={s.role}>
            <div style={{ minHeight: '3em' }}>
              <strong style={{ whiteSpace: 'pre-line' }}>{s.label}</strong>
            </div>
            <div style={S.signSpace} />
            <strong>{s.name ?? ''}</strong>
          </div>
        ))}
      </div>
    </div>
  );
}
