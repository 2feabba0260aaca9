package dev.kayakomcp.xml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XmlValuesTest {

  @ParameterizedTest
  @CsvSource(
      value = {"42|42", "' 7 '|7", "''|0", "abc|0", "-1|-1", "99999999999|2147483647"},
      delimiter = '|')
  void toIntIsLenient(String text, int expected) {
    assertThat(XmlValues.toInt(text)).isEqualTo(expected);
  }

  @Test
  void nullAndLongValues() {
    assertThat(XmlValues.toLong(null)).isZero();
    assertThat(XmlValues.toLong("1700000000123")).isEqualTo(1700000000123L);
  }
}
