package vn.govca.db.domain;

/** A day off on a weekday (HOLIDAY) or a weekend day worked to compensate for a bridge day (WORKING_DAY). */
public enum CalendarDayKind {
    HOLIDAY, WORKING_DAY
}
