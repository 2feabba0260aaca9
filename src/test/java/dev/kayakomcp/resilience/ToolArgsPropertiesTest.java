package dev.kayakomcp.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.tools.ToolArgs;
import dev.kayakomcp.tools.ToolArgumentException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever JSON a client sends as arguments, every accessor answers with a value or a {@link
 * ToolArgumentException} (which the invoker turns into an "Invalid arguments" result); nothing else
 * escapes to become an internal error.
 */
class ToolArgsPropertiesTest {

  private static final List<String> NAMES =
      List.of("ticket_id", "limit", "offset", "include_posts", "response_format", "department_ids");

  private static final List<Function<ToolArgs, Object>> ACCESSORS =
      List.of(
          a -> a.requiredString("ticket_id"),
          a -> a.string("ticket_id", "x"),
          a -> a.optionalInt("limit"),
          a -> a.intInRange("offset", 0, 0, 100_000),
          a -> a.intList("department_ids"),
          a -> a.bool("include_posts", false),
          ToolArgs::format,
          a -> a.has("limit"));

  @Property(tries = 1000)
  void everyAccessorAnswersOrRefusesCleanly(@ForAll("arguments") Map<String, Object> raw) {
    for (Map<String, Object> arguments : List.of(raw, Map.<String, Object>of("params", raw))) {
      ToolArgs args = ToolArgs.of(arguments);
      for (Function<ToolArgs, Object> accessor : ACCESSORS) {
        try {
          accessor.apply(args);
        } catch (ToolArgumentException e) {
          assertThat(e.getMessage()).isNotBlank();
        }
      }
    }
  }

  @Provide
  Arbitrary<Map<String, Object>> arguments() {
    Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of(NAMES), Arbitraries.strings());
    return Arbitraries.maps(names, json(3)).ofMaxSize(8).map(HashMap::new);
  }

  /** Any value Jackson may hand over for JSON: null, booleans, numbers, strings, lists, maps. */
  private static Arbitrary<Object> json(int depth) {
    Arbitrary<Object> scalar =
        Arbitraries.oneOf(
            Arbitraries.just(null),
            Arbitraries.of(true, false).map(b -> (Object) b),
            Arbitraries.integers().map(i -> (Object) i),
            Arbitraries.longs().map(l -> (Object) l),
            Arbitraries.doubles().map(d -> (Object) d),
            Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0, 1e300, 2147483648.0)
                .map(d -> (Object) d),
            Arbitraries.bigDecimals().map(d -> (Object) d),
            Arbitraries.just(new BigDecimal("1e400")).map(d -> (Object) d),
            Arbitraries.strings().map(s -> (Object) s),
            Arbitraries.of("42", " 7 ", "1,2,,3", "true", "no", "json", "MD", "", " ", "1e3", "-0")
                .map(s -> (Object) s));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<Object> list =
        Arbitraries.lazy(() -> json(depth - 1)).list().ofMaxSize(4).map(l -> (Object) l);
    Arbitrary<Object> map =
        Arbitraries.maps(
                Arbitraries.strings().ofMaxLength(8), Arbitraries.lazy(() -> json(depth - 1)))
            .ofMaxSize(3)
            .map(m -> (Object) new HashMap<>(m));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, scalar),
        net.jqwik.api.Tuple.of(2, list),
        net.jqwik.api.Tuple.of(1, map));
  }
}
