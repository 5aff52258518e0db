package cn.suzhou.shuanglian.platform.process.search;

import cn.suzhou.shuanglian.platform.process.contract.CaseSearch;
import cn.suzhou.shuanglian.platform.process.contract.ProcessContract;
import cn.suzhou.shuanglian.platform.process.contract.ProcessContracts;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * On every user task's creation, writes {@link CaseSearch#SEARCH_TEXT} on the task: the distinct
 * values of its process's {@link ProcessContract#searchedBy()} variables as the task's execution sees
 * them (a rating task sees its own enterprise), joined by spaces. Tasklist's search box finds the task
 * by any part of it (issue 15).
 */
public class CaseSearchText implements TaskListener {

  private final Supplier<ProcessContracts> contracts;

  public CaseSearchText(Supplier<ProcessContracts> contracts) {
    this.contracts = contracts;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getExecution() instanceof ExecutionEntity execution) || execution.getProcessDefinition() == null) {
      return;
    }
    contracts.get().of(execution.getProcessDefinition().getKey()).ifPresent(contract -> {
      String text = textOf(contract, task);
      if (!text.isEmpty()) {
        CaseSearch.SEARCH_TEXT.setLocal(task, text);
      }
    });
  }

  static String textOf(ProcessContract contract, DelegateTask task) {
    Set<String> values = new LinkedHashSet<>();
    for (Var<String> variable : contract.searchedBy()) {
      String value = variable.from(task.getExecution());
      if (value != null) {
        values.add(value);
      }
    }
    return String.join(" ", values.stream().filter(Objects::nonNull).toList());
  }
}
