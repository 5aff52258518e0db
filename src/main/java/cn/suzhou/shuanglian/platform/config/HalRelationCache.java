package cn.suzhou.shuanglian.platform.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.cache.Cache;
import org.camunda.bpm.engine.rest.hal.caseDefinition.HalCaseDefinition;
import org.camunda.bpm.engine.rest.hal.group.HalGroup;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
import org.camunda.bpm.engine.rest.hal.user.HalUser;
import org.camunda.bpm.engine.rest.hal.cache.DefaultHalResourceCache;
import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheBootstrap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * Camunda REST's HAL relation cache for Tasklist's filter lists (issue 14; figures in
 * {@code docs/history-at-scale.md}). A filter list asked for as {@code application/hal+json} — how
 * Tasklist asks — embeds the process definition of every task on the page (one definition query, and
 * per deployment a process-application lookup for its context path) and the assignee's and owner's
 * names; Camunda caches these look-ups when its {@link HalRelationCacheBootstrap} finds the context
 * parameter {@value HalRelationCacheBootstrap#CONTEXT_PARAM_NAME}. This initializer sets that parameter
 * and registers the listener for the embedded server, which serves both the webapps' engine REST
 * ({@code /camunda/api/engine}) and {@code /engine-rest} (Camunda keeps one cache registry per JVM).
 *
 * <p>What is cached: users, groups, process and case definitions as the HAL list embeds them, for
 * {@code shuanglian.tasklist.hal-cache.seconds-to-live} (default 60 s), at most
 * {@code shuanglian.tasklist.hal-cache.capacity} entries (default 2,000) per kind. The tasks, their
 * count and their variables are never cached: which tasks a list shows is decided by the database on
 * every call (P-14).
 *
 * <p>Two departures from Camunda's {@link DefaultHalResourceCache}, both for need-to-know and safety:
 * <ul>
 *   <li>Camunda resolves a relation with the caller's permissions (a process definition the caller may
 *       not READ is not embedded) but keys its cache by the resource's id alone, so a second caller would
 *       be given what the first was allowed to see. {@link ReaderCache} keys every entry by the reader as
 *       well — user, groups and tenants of the engine's current authentication — and caches nothing for a
 *       call without one. Each reader therefore gets exactly what an uncached call would have given them,
 *       at most {@code seconds-to-live} old.</li>
 *   <li>The default cache is a plain {@code HashMap} shared by all request threads; {@link ReaderCache}
 *       serialises its operations.</li>
 * </ul>
 * What may be stale, for at most {@code seconds-to-live}: a renamed user's or group's name, a suspended
 * definition's flag, and a definition that a changed grant newly hides from or shows to a reader.
 * {@code shuanglian.tasklist.hal-cache.enabled=false} turns the cache off (Camunda's behaviour).
 */
@Component
public class HalRelationCache implements ServletContextInitializer {

  private static final Logger LOG = LoggerFactory.getLogger(HalRelationCache.class);

  /** The relations Tasklist's lists embed (users and groups also in a task's own view). */
  static final List<Class<?>> CACHED = List.of(HalUser.class, HalGroup.class, HalProcessDefinition.class,
      HalCaseDefinition.class);

  private final IdentityService identityService;
  private final boolean enabled;
  private final long secondsToLive;
  private final int capacity;

  public HalRelationCache(IdentityService identityService,
      @Value("${shuanglian.tasklist.hal-cache.enabled:true}") boolean enabled,
      @Value("${shuanglian.tasklist.hal-cache.seconds-to-live:60}") long secondsToLive,
      @Value("${shuanglian.tasklist.hal-cache.capacity:2000}") int capacity) {
    if (enabled && (secondsToLive <= 0 || capacity <= 0)) {
      throw new IllegalArgumentException("shuanglian.tasklist.hal-cache: seconds-to-live and capacity must be positive"
          + " (or enabled=false), got " + secondsToLive + " s and " + capacity);
    }
    this.identityService = identityService;
    this.enabled = enabled;
    this.secondsToLive = secondsToLive;
    this.capacity = capacity;
  }

  @Override
  public void onStartup(ServletContext servletContext) {
    if (!enabled) {
      LOG.info("HAL relation cache off (shuanglian.tasklist.hal-cache.enabled=false)");
      return;
    }
    servletContext.setInitParameter(HalRelationCacheBootstrap.CONTEXT_PARAM_NAME, configuration());
    servletContext.addListener(new Bootstrap(identityService));
    LOG.info("HAL relation cache: users, groups, process and case definitions per reader, {} s, at most {} entries each",
        secondsToLive, capacity);
  }

  /** The context parameter, in the JSON form Camunda's bootstrap reads. */
  String configuration() {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("cacheImplementation", ReaderCache.class.getName());
    ObjectNode caches = root.putObject("caches");
    for (Class<?> resource : CACHED) {
      caches.putObject(resource.getName()).put("capacity", capacity).put("secondsToLive", secondsToLive);
    }
    return root.toString();
  }

  /** Camunda's bootstrap, giving each cache the engine's identity service (to know the reader). */
  static final class Bootstrap extends HalRelationCacheBootstrap {

    private final IdentityService identityService;

    Bootstrap(IdentityService identityService) {
      this.identityService = identityService;
    }

    @Override
    protected Cache createCacheInstance(Class<? extends Cache> cacheClass) {
      return cacheClass == ReaderCache.class ? new ReaderCache(identityService) : super.createCacheInstance(cacheClass);
    }
  }

  /**
   * Camunda's cache (time to live and capacity by its own rules, its clock the engine's) with every
   * entry keyed by the reader, and its operations serialised. Without an authenticated reader nothing
   * is cached or returned.
   */
  public static final class ReaderCache extends DefaultHalResourceCache {

    private final IdentityService identityService;

    ReaderCache(IdentityService identityService) {
      this.identityService = identityService;
    }

    /** The reader's part of a key: user, groups and tenants as the engine checks them; null if none. */
    String reader() {
      Authentication authentication = identityService.getCurrentAuthentication();
      if (authentication == null || authentication.getUserId() == null) {
        return null;
      }
      return authentication.getUserId() + '\u0000' + sorted(authentication.getGroupIds()) + '\u0000'
          + sorted(authentication.getTenantIds()) + '\u0000';
    }

    private static List<String> sorted(Collection<String> ids) {
      List<String> list = ids == null ? new ArrayList<>() : new ArrayList<>(ids);
      list.sort(null);
      return list;
    }

    @Override
    public synchronized Object get(String id) {
      String reader = reader();
      return reader == null ? null : super.get(reader + id);
    }

    @Override
    public synchronized void put(String id, Object resource) {
      String reader = reader();
      if (reader != null) {
        super.put(reader + id, resource);
      }
    }

    /** Removes an entry by its full key (as Camunda's expiry and eviction call it). */
    @Override
    public synchronized void remove(String key) {
      super.remove(key);
    }

    @Override
    public synchronized int size() {
      return super.size();
    }

    @Override
    public synchronized void destroy() {
      super.destroy();
    }
  }
}
