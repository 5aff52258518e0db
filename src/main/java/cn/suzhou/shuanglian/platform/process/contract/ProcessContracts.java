package cn.suzhou.shuanglian.platform.process.contract;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every process's contract, by process key. */
@Component
public class ProcessContracts {

  private final Map<String, ProcessContract> byKey;

  public ProcessContracts(List<ProcessContract> contracts) {
    this.byKey = contracts.stream().collect(Collectors.toUnmodifiableMap(ProcessContract::processKey,
        Function.identity()));
  }

  public Optional<ProcessContract> of(String processKey) {
    return Optional.ofNullable(byKey.get(processKey));
  }

  public Collection<ProcessContract> all() {
    return byKey.values();
  }
}
