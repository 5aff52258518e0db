package cn.suzhou.shuanglian.enterprise;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The enterprises, for other features (plain delegation to the enterprise repository). */
@Component
public class Enterprises {

  private final EnterpriseRepository enterprises;

  public Enterprises(EnterpriseRepository enterprises) {
    this.enterprises = enterprises;
  }

  public List<Enterprise> findAllById(Iterable<Long> ids) {
    return enterprises.findAllById(ids);
  }

  public Enterprise getReferenceById(Long id) {
    return enterprises.getReferenceById(id);
  }

  public List<Enterprise> findByDistrictCodeInOrderById(Collection<String> districtCodes) {
    return enterprises.findByDistrictCodeInOrderById(districtCodes);
  }

  public List<Enterprise> findByContactUserId(String contactUserId) {
    return enterprises.findByContactUserId(contactUserId);
  }

  public Optional<Enterprise> findWithDistrictByCreditCode(String creditCode) {
    return enterprises.findWithDistrictByCreditCode(creditCode);
  }

  public Enterprise save(Enterprise enterprise) {
    return enterprises.save(enterprise);
  }
}
