import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { CheckboxField } from '@/components/CheckboxField';
import { CheckboxGroup } from '@/components/CheckboxGroup';
import type { Choice } from '@/components/ChoiceItem';
import { firstDayOfWeek } from '@/components/dates';
import { errorStatus, type FieldStatus, IDLE, SAVED } from '@/components/FieldMessage';
import { useStoredChange } from '@/components/hooks/useStoredChange';
import { TimeField } from '@/components/TimeField';
import { checkSchedule, isTime, type Schedule } from '@/utils/domain/settings';
import { displayLocale } from '@/utils/i18n/locale';
import { savedText } from './field-words';
import { badTimeText, saveSetting } from './save-setting';

type Part = 'days' | 'start' | 'end';
type Statuses = Record<Part, FieldStatus>;

const NONE: Statuses = { days: IDLE, start: IDLE, end: IDLE };

/** The week from the reader's first day, as their calendars print it; values are `Date#getDay()` numbers. */
function dayChoices(): Choice<string>[] {
  const format = new Intl.DateTimeFormat(displayLocale(), { weekday: 'long' });
  const first = firstDayOfWeek();
  const week = Array.from({ length: 7 }, (_, i) => (first + i) % 7);
  // 1 January 2023 was a Sunday, so day d of that week has getDay() === d.
  return week.map((day) => ({ value: String(day), label: format.format(new Date(2023, 0, 1 + day)) }));
}

/** Which part of a schedule is wrong, and what to tell the person there. */
function findProblem(schedule: Schedule): { part: Part; text: string } | null {
  switch (checkSchedule(schedule)) {
    case null:
      return null;
    case 'noDayChosen':
      return { part: 'days', text: i18n.t('options.away.noDay') };
    case 'endBeforeStart':
      return { part: 'end', text: i18n.t('options.away.endBeforeStart') };
    default:
      return { part: isTime(schedule.start) ? 'end' : 'start', text: badTimeText() };
  }
}

/**
 * Working days and hours. The schedule is stored as one value, so a change is stored only
 * when the whole schedule is valid; the message goes next to the part that is wrong.
 */
export function ScheduleFields({ schedule }: { schedule: Schedule }) {
  const [draft, setDraft] = useState(schedule);
  const [status, setStatus] = useState<Statuses>(NONE);
  // Only the latest attempt may set the messages: an earlier save answering late must not cover it.
  const latest = useRef(0);
  // A schedule stored elsewhere (another browser) replaces the one shown; our own saves already match.
  useStoredChange(JSON.stringify(schedule), () => {
    if (JSON.stringify(draft) === JSON.stringify(schedule)) return;
    setDraft(schedule);
    setStatus(NONE);
  });

  /** Tries a changed schedule; resolves to the reason it was not stored, or `null`. */
  const attempt = async (next: Schedule, part: Part | null): Promise<string | null> => {
    latest.current += 1;
    const mine = latest.current;
    const problem = findProblem(next);
    if (problem) {
      // An on/off box that cannot be stored goes back; typed days and times stay for the person to fix.
      if (part) setDraft(next);
      setStatus({ ...NONE, [problem.part]: errorStatus(problem.text) });
      return problem.text;
    }
    setDraft(next);
    const failed = await saveSetting('schedule', next);
    if (mine === latest.current) {
      setStatus(part ? { ...NONE, [part]: failed === null ? SAVED : errorStatus(failed) } : NONE);
    }
    return failed;
  };

  const toggleDay = (day: string, on: boolean) => {
    const value = Number(day);
    const days = on ? [...draft.days, value] : draft.days.filter((d) => d !== value);
    void attempt({ ...draft, days: [...new Set(days)].sort((a, b) => a - b) }, 'days');
  };

  return (
    <>
      <CheckboxField
        id="schedule-enabled"
        savedText={savedText()}
        label={i18n.t('options.away.scheduleToggle')}
        checked={schedule.enabled}
        hint={i18n.t('options.away.scheduleHint')}
        onSave={(enabled) => attempt({ ...draft, enabled }, null)}
      />
      <CheckboxGroup
        id="days"
        savedText={savedText()}
        legend={i18n.t('options.away.daysLegend')}
        choices={dayChoices()}
        selected={draft.days.map(String)}
        status={status.days}
        onToggle={toggleDay}
        inline
      />
      <div class="times">
        <TimeField
          id="day-start"
          savedText={savedText()}
          label={i18n.t('options.away.start')}
          value={draft.start}
          status={status.start}
          onChange={(start) => void attempt({ ...draft, start }, 'start')}
        />
        <TimeField
          id="day-end"
          savedText={savedText()}
          label={i18n.t('options.away.end')}
          value={draft.end}
          status={status.end}
          onChange={(end) => void attempt({ ...draft, end }, 'end')}
        />
      </div>
      <CheckboxField
        id="off-at-end"
        savedText={savedText()}
        label={i18n.t('options.away.offAtEnd')}
        checked={schedule.offAtEnd}
        onSave={(offAtEnd) => attempt({ ...draft, offAtEnd }, null)}
      />
    </>
  );
}
