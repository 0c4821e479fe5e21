package io.irplaybook.incident.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.ZoneOffset;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Incident ids {@code INC-<year>-<number>}, the number from the database sequence {@code
 * incident_number_seq}, so replicas sharing one database never collide. The number does not restart
 * each year (a sequence cannot be reset safely while replicas use it); it is padded to four digits
 * and simply grows beyond them.
 */
@ApplicationScoped
public class IncidentIds {

  private final EntityManager em;
  private final Clock clock;
  private volatile String nextValueSql;

  IncidentIds(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** A new id; needs a transaction. */
  public String next() {
    long number = ((Number) em.createNativeQuery(nextValueSql()).getSingleResult()).longValue();
    int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
    return String.format("INC-%d-%04d", year, number);
  }

  /** The dialect knows how H2 and PostgreSQL each spell "next value of this sequence". */
  private String nextValueSql() {
    if (nextValueSql == null) {
      SessionFactoryImplementor factory =
          (SessionFactoryImplementor) em.unwrap(Session.class).getSessionFactory();
      nextValueSql =
          factory
              .getJdbcServices()
              .getDialect()
              .getSequenceSupport()
              .getSequenceNextValString("incident_number_seq");
    }
    return nextValueSql;
  }
}
