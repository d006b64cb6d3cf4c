// The popup: annotates the tab it was opened on, then lists the findings grouped by speaker,
// with the "who speaks" chart, filters, tags, notes and export; or says in one sentence why
// there is nothing to list.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExportFormat } from '../format/bundle';
import type { AnnotationPatch, CorrectionPatch, ErrorCode, PageReport } from '../shared/messages';
import { isDismissed, type AnnotationRecord } from '../shared/model';
import { speakerKeyOf, speakerLegend } from '../shared/speaker-colours';
import { PageLegend } from './PageLegend';
import { DismissedList } from './DismissedList';
import { ExportBar } from './ExportBar';
import { FilterBar } from './FilterBar';
import { countByKind, countByTag, groupBySpeaker, matchesFilter, NO_FILTER, speakerShares, type ListFilter } from './group-findings';
import { countLabel } from './labels';
import type { PopupApi } from './popup-api';
import { SpeakerChart } from './SpeakerChart';
import { SpeakerGroupList } from './SpeakerGroupList';
import { StateMessage } from './StateMessage';
import { AlwaysOnToggle } from './AlwaysOnToggle';
import { OrphanList } from './OrphanList';
import { FindingSection } from './FindingSection';
import type { SitesApi } from '../options/sites-api';

type View =
  | { phase: 'loading' }
  | { phase: 'failed'; code: ErrorCode | 'no-tab' | 'too-big'; detail: string }
  | { phase: 'ready'; tabId: number; report: PageReport };

/** The sentence a reader sees for each way annotating can fail. */
export function failureText(code: ErrorCode | 'no-tab' | 'too-big', detail: string): { title: string; body: string; retry: boolean } {
  switch (code) {
    case 'no-tab':
      return { title: 'No page to read', body: 'Open a news article in this tab, then click Sourcelight again.', retry: false };
    case 'restricted':
      return {
        title: 'Sourcelight can’t read this page',
        body: 'Your browser does not let extensions look at this kind of page (browser settings, extension stores, some built-in viewers). Open a news article and try again.',
        retry: false,
      };
    case 'not-article':
      return {
        title: 'This page doesn’t look like an article',
        body: 'Sourcelight reads news stories and other articles, and found none here. Open an article and click Sourcelight again.',
        retry: false,
      };
    case 'too-big':
      return {
        title: 'This page is too big to annotate',
        body: 'It holds more text or more elements than Sourcelight can read without freezing the page, so it was left as it is. Saved copies of the article, or its print view, are often small enough.',
        retry: false,
      };
    default:
      return {
        title: 'Something went wrong',
        body: `Sourcelight could not finish reading this page (${detail.replace(/\.$/, '')}). Reload the page and try again.`,
        retry: true,
      };
  }
}

export function App({ api, sites }: { api: PopupApi; sites?: SitesApi }) {
  const [view, setView] = useState<View>({ phase: 'loading' });
  const [origin, setOrigin] = useState<string | null>(null);
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const [showAll, setShowAll] = useState(true);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const tabRef = useRef<number | null>(null);

  // The popup's filters act on the page too: sent whenever they change.
  useEffect(() => {
    const tabId = tabRef.current;
    if (tabId === null || view.phase !== 'ready') return;
    void api.setFilter(tabId, { show: showAll, kind: filter.kind, tag: filter.tag, hiddenSpeakers: [...hidden] });
  }, [filter, showAll, hidden, view.phase]);

  async function load() {
    setView({ phase: 'loading' });
    const tabId = await api.activeTabId().catch(() => null);
    if (tabId === null) return setView({ phase: 'failed', code: 'no-tab', detail: '' });
    if (sites) void sites.tabOrigin(tabId).then(setOrigin, () => setOrigin(null));
    const out = await api.annotate(tabId);
    if (!out.ok) return setView({ phase: 'failed', code: out.code, detail: out.error });
    const report = out.value;
    if (report.state === 'not-article') return setView({ phase: 'failed', code: 'not-article', detail: report.message ?? '' });
    if (report.state === 'too-big') return setView({ phase: 'failed', code: 'too-big', detail: report.message ?? '' });
    if (report.state === 'error')
      return setView({ phase: 'failed', code: 'internal', detail: report.message ?? 'unknown error' });
    tabRef.current = tabId;
    setView({ phase: 'ready', tabId, report });
  }

  useEffect(() => {
    void load();
  }, []);

  if (view.phase === 'loading') return <StateMessage tone="busy" title="Reading the article…" />;
  if (view.phase === 'failed') {
    const text = failureText(view.code, view.detail);
    return (
      <StateMessage
        tone={text.retry ? 'error' : 'info'}
        title={text.title}
        action={text.retry ? { label: 'Try again', onClick: () => void load() } : undefined}
      >
        {text.body}
      </StateMessage>
    );
  }

  const { tabId, report } = view;
  const replace = (record: AnnotationRecord) =>
    setView((v) =>
      v.phase === 'ready'
        ? { ...v, report: { ...v.report, annotations: v.report.annotations.map((a) => (a.id === record.id ? record : a)) } }
        : v,
    );
  const onUpdate = async (patch: AnnotationPatch) => {
    const out = await api.update(tabId, patch);
    if (out.ok) replace(out.value);
    return out;
  };
  const onShow = (id: string) => void api.scrollTo(tabId, id);
  const onCorrect = async (patch: CorrectionPatch) => {
    const out = await api.correct(tabId, patch);
    if (out.ok) replace(out.value);
    return out;
  };
  const onToggleSpeaker = (key: string) =>
    setHidden((h) => {
      const next = new Set(h);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const onExport = async (format: ExportFormat) => {
    if (!report.article) return { ok: false as const, code: 'not-found' as const, error: 'nothing is stored for this page' };
    const out = await api.exportArticle(report.article.url, format);
    if (out.ok) api.download(out.value);
    return out;
  };

  return (
    <>
      <ReadyView
        report={report}
        filter={filter}
        onFilter={setFilter}
        onShow={onShow}
        onUpdate={onUpdate}
        onExport={onExport}
        onCorrect={onCorrect}
        legend={{ show: showAll, hidden, onShow: setShowAll, onToggleSpeaker }}
      />
      {sites && origin && <AlwaysOnToggle api={sites} origin={origin} />}
    </>
  );
}

interface ReadyViewProps {
  report: PageReport;
  filter: ListFilter;
  onFilter: (f: ListFilter) => void;
  onShow: (id: string) => void;
  onUpdate: (patch: AnnotationPatch) => ReturnType<PopupApi['update']>;
  onExport: (format: ExportFormat) => ReturnType<PopupApi['exportArticle']>;
  onCorrect: (patch: CorrectionPatch) => ReturnType<PopupApi['correct']>;
  legend: { show: boolean; hidden: ReadonlySet<string>; onShow: (show: boolean) => void; onToggleSpeaker: (key: string) => void };
}

function ReadyView({ report, filter, onFilter, onShow, onUpdate, onExport, onCorrect, legend }: ReadyViewProps) {
  // Dismissed findings (and "not a quote") are listed apart, with a way back.
  const dismissed = useMemo(() => report.annotations.filter(isDismissed), [report.annotations]);
  const all = useMemo(() => report.annotations.filter((a) => !isDismissed(a)), [report.annotations]);
  const orphanedSet = useMemo(() => new Set(report.orphaned), [report.orphaned]);
  const speakers = useMemo(() => speakerLegend(all), [all]);
  const unattributed = useMemo(() => all.filter((a) => speakerKeyOf(a) === '' && !orphanedSet.has(a.id)).length, [all, orphanedSet]);
  const kindCounts = useMemo(() => countByKind(all), [all]);
  const tagCounts = useMemo(() => countByTag(all), [all]);
  const shares = useMemo(() => speakerShares(all), [all]);
  const orphaned = useMemo(() => new Set(report.orphaned), [report.orphaned]);
  // Orphans are listed apart ("Not found on this version of the page"), not among the speakers.
  const shown = useMemo(() => all.filter((a) => matchesFilter(a, filter)), [all, filter]);
  // The reader's own marks are nobody's words: listed apart from the speakers too.
  const groups = useMemo(() => groupBySpeaker(shown.filter((a) => !orphaned.has(a.id) && a.kind !== 'manual')), [shown, orphaned]);
  const marked = useMemo(() => shown.filter((a) => !orphaned.has(a.id) && a.kind === 'manual'), [shown, orphaned]);
  const orphans = useMemo(() => shown.filter((a) => orphaned.has(a.id)), [shown, orphaned]);
  const summary = (['quote', 'claim', 'scare', 'manual'] as const)
    .filter((k) => kindCounts[k] > 0)
    .map((k) => countLabel(kindCounts[k], k))
    .join(' · ');

  return (
    <div class="ready">
      <div class="ready-scroll">
        <header class="article-head">
          <h1 class="article-title" title={report.article?.title}>
            {report.article?.title || 'Untitled article'}
          </h1>
          <p class="article-meta">
            {report.article?.site}
            {summary && <span class="summary"> · {summary}</span>}
          </p>
        </header>
        {!report.highlightsSupported && (
          <p class="notice" role="note">
            This browser cannot highlight text in pages, so nothing is marked in the article. The list below still works.
          </p>
        )}
        {report.orphaned.length > 0 && (
          <p class="notice" role="note">
            {report.orphaned.length === 1
              ? '1 finding could not be found on the page as it is now; it is listed but not highlighted.'
              : `${report.orphaned.length} findings could not be found on the page as it is now; they are listed but not highlighted.`}
          </p>
        )}
        {all.length === 0 ? (
          <StateMessage tone="info" title="No quotes or claims found">
            Sourcelight read this article and found nobody quoted or cited in it.
          </StateMessage>
        ) : (
          <>
            {report.highlightsSupported && (
              <PageLegend
                legend={speakers}
                unattributed={unattributed}
                show={legend.show}
                hidden={legend.hidden}
                onShow={legend.onShow}
                onToggleSpeaker={legend.onToggleSpeaker}
              />
            )}
            <SpeakerChart shares={shares} />
            <FilterBar filter={filter} kindCounts={kindCounts} tagCounts={tagCounts} total={all.length} onChange={onFilter} />
            {groups.length === 0 && marked.length === 0 && orphans.length === 0 ? (
              <p class="empty-filter">
                Nothing matches these filters.{' '}
                <button type="button" class="link-button" onClick={() => onFilter(NO_FILTER)}>
                  Show everything
                </button>
              </p>
            ) : (
              <>
                <SpeakerGroupList
                  groups={groups}
                  orphaned={orphaned}
                  onShow={onShow}
                  onUpdate={onUpdate}
                  colours={new Map(speakers.map((e) => [e.key, e.colour?.hex ?? '']))}
                />
                <FindingSection
                  title="Marked by you"
                  className="marked"
                  annotations={marked}
                  orphaned={orphaned}
                  showSpeaker={false}
                  onShow={onShow}
                  onUpdate={onUpdate}
                />
                <OrphanList annotations={orphans} onUpdate={onUpdate} />
              </>
            )}
            <DismissedList annotations={dismissed} onCorrect={onCorrect} />
          </>
        )}
      </div>
      {report.article && all.length > 0 && <ExportBar onExport={onExport} />}
    </div>
  );
}
