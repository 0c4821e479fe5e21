package io.irplaybook.security.service;

import io.irplaybook.security.User;
import io.irplaybook.security.UserSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The page sessions the server knows: a cookie counts only while its row exists, so ending a
 * session is deleting the row. Expired rows are deleted whenever someone signs in.
 */
@ApplicationScoped
public class SessionStore {

  private final SessionCodec codec;
  private final Clock clock;

  SessionStore(SessionCodec codec, Clock clock) {
    this.codec = codec;
    this.clock = clock;
  }

  /** Starts a session for the user; answers the cookie value. */
  @Transactional
  public String open(String username) {
    Instant now = clock.instant();
    UserSession.delete("expiresAt <= ?1", now);
    SessionCodec.Issued issued = codec.issue(username);
    UserSession session = new UserSession();
    session.idHash = issued.id();
    session.username = username;
    session.createdAt = now;
    session.expiresAt = issued.expiresAt();
    session.persist();
    return issued.cookie();
  }

  /**
   * The roles of the session's user while the session exists, has not expired and its user is
   * enabled; empty otherwise (the page then asks to sign in again).
   */
  @Transactional
  public Optional<List<String>> roles(SessionCodec.Session cookie) {
    UserSession session = UserSession.findById(cookie.id());
    if (session == null
        || !session.username.equals(cookie.username())
        || !clock.instant().isBefore(session.expiresAt)) {
      return Optional.empty();
    }
    return User.findByUsername(session.username).filter(u -> !u.disabled).map(User::roleList);
  }

  /** Ends one session (signing out). */
  @Transactional
  public void end(String id) {
    UserSession.deleteById(id);
  }

  /** Ends every session of the user; joins the caller's transaction. */
  @Transactional
  public long endAll(String username) {
    return UserSession.delete("username", username);
  }
}
