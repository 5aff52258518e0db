package cn.suzhou.shuanglian.platform.security;

import cn.suzhou.shuanglian.platform.identity.Groups;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authenticated caller of {@code /api} and what their groups let them see: the city bureau
 * (and administrators) every district; process managers read every district; a district official
 * only their own district(s); a source unit only its own staff's personal data.
 */
public record CurrentUser(String userId, List<String> groupIds) {

  public CurrentUser {
    groupIds = List.copyOf(groupIds);
  }

  public boolean isCity() {
    return groupIds.contains(Groups.CITY) || groupIds.contains(Groups.ADMIN);
  }

  public boolean readsAllDistricts() {
    return isCity() || groupIds.contains(Groups.PROCESS_MANAGERS);
  }

  /** A co-organising department (市委组织部, 市教体局, 市人社局, 市国资委) that countersigns lists (P-03). */
  public boolean isCoDepartment() {
    return Groups.CO_DEPARTMENTS.stream().anyMatch(d -> groupIds.contains(d.id()));
  }

  public Set<String> districtCodes() {
    return groupIds.stream().flatMap(g -> Groups.districtCodeOf(g).stream()).collect(Collectors.toUnmodifiableSet());
  }

  public Set<String> sourceUnitCodes() {
    return groupIds.stream().flatMap(g -> Groups.sourceUnitCodeOf(g).stream()).collect(Collectors.toUnmodifiableSet());
  }

  /** May this caller read and write records of the district? */
  public boolean actsFor(String districtCode) {
    return isCity() || districtCodes().contains(districtCode);
  }

  /** Full phone and ID numbers: the city bureau, the person themself, and their own source unit. */
  public boolean seesPersonalData(String personUserId, String sourceUnitCode) {
    return isCity() || userId.equals(personUserId) || sourceUnitCodes().contains(sourceUnitCode);
  }
}
