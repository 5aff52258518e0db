package cn.suzhou.shuanglian.platform.process.contract;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link Var#set}: a plain value the variable already holds, with the same type, is not written again
 * (no variable update, no history detail); anything else is written as before.
 */
class VarSetTest {

  static final Var<String> NOTE = Var.text("note");
  static final Var<Long> COUNT = Var.whole("count");
  static final Var<LocalDate> DAY = Var.date("day");
  static final Var<List<String>> CODES = Var.codes("codes");

  final VariableScope scope = mock(VariableScope.class);

  @Test
  @DisplayName("the same text, number or date again is not written")
  void sameValueIsNotWrittenAgain() {
    when(scope.getVariableTyped("note", false)).thenReturn(Variables.stringValue("同一内容"));
    when(scope.getVariableTyped("count", false)).thenReturn(Variables.longValue(3L));
    when(scope.getVariableTyped("day", false)).thenReturn(Variables.stringValue("2025-03-02"));
    NOTE.set(scope, "同一内容");
    COUNT.set(scope, 3L);
    DAY.set(scope, LocalDate.of(2025, 3, 2));
    verify(scope, never()).setVariable(anyString(), any());
  }

  @Test
  @DisplayName("a changed value, another type, a missing variable, null and a Json list are written")
  void everythingElseIsWritten() {
    when(scope.getVariableTyped("note", false)).thenReturn(Variables.stringValue("旧内容"));
    NOTE.set(scope, "新内容");
    verify(scope).setVariable("note", "新内容");

    when(scope.getVariableTyped("count", false)).thenReturn(Variables.integerValue(3));
    COUNT.set(scope, 3L);
    verify(scope).setVariable("count", 3L);

    when(scope.getVariableTyped("day", false)).thenReturn(null);
    DAY.set(scope, LocalDate.of(2025, 3, 2));
    verify(scope).setVariable("day", "2025-03-02");

    when(scope.getVariableTyped("note", false)).thenReturn(Variables.stringValue("旧内容"));
    NOTE.set(scope, null);
    verify(scope).setVariable("note", null);

    when(scope.getVariableTyped("codes", false)).thenReturn(Variables.stringValue("[\"A\"]"));
    CODES.set(scope, List.of("A"));
    verify(scope).setVariable(eq("codes"), any(org.camunda.bpm.engine.variable.value.TypedValue.class));
  }

  @Test
  @DisplayName("a transient value of the same content is written (it would not be kept otherwise)")
  void transientIsWritten() {
    when(scope.getVariableTyped("note", false)).thenReturn(Variables.stringValue("同一内容", true));
    NOTE.set(scope, "同一内容");
    verify(scope).setVariable("note", "同一内容");
  }
}
