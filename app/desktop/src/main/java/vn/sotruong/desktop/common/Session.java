package vn.sotruong.desktop.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import vn.sotruong.core.app.CoreServices;
import vn.sotruong.core.school.School;
import vn.sotruong.core.security.Actor;
import vn.sotruong.core.year.SchoolYear;

/**
 * What every page of a signed-in window needs: the services, the signed-in person and the clock of
 * the school's time zone. One per main window; never static.
 */
public final class Session {
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final CoreServices services;
    private final Background background;
    private final Clock clock;
    private Actor actor;

    public Session(CoreServices services, Actor actor, Background background, Clock clock) {
        this.services = services;
        this.actor = actor;
        this.background = background;
        this.clock = clock;
    }

    public CoreServices services() {
        return services;
    }

    public Actor actor() {
        return actor;
    }

    /** After an own password change the service returns a fresh actor. */
    public void actor(Actor newActor) {
        this.actor = newActor;
    }

    public Background background() {
        return background;
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(SCHOOL_ZONE));
    }

    public School school() {
        return services.setup().school();
    }

    public Optional<SchoolYear> currentYear() {
        return services.years().currentYear();
    }
}
