package dev.kayakomcp.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseBudgetTest {

  @Test
  void everythingFitsWhenSmall() {
    assertThat(ResponseBudget.fit(10, n -> 100 + n * 10, 1_000)).isEqualTo(10);
  }

  @Test
  void findsTheLargestCountThatFits() {
    // 100 + 30n <= 1000  =>  n <= 30
    assertThat(ResponseBudget.fit(50, n -> 100 + n * 30, 1_000)).isEqualTo(30);
  }

  @Test
  void zeroWhenNotEvenOneItemFits() {
    assertThat(ResponseBudget.fit(5, n -> 900 + n * 200, 1_000)).isZero();
  }
}
