package cn.suzhou.shuanglian.evaluation;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** The yearly evaluations, for other features (delegation to the evaluation repository). */
@Component
public class Evaluations {

  private final EvaluationRepository evaluations;

  public Evaluations(EvaluationRepository evaluations) {
    this.evaluations = evaluations;
  }

  /** The evaluation with its dispatch's commissioner, district, source unit and agreement (P-18). */
  public Optional<Evaluation> findWithDispatchById(Long id) {
    return evaluations.findWithDispatchById(id);
  }
}
