package dev.kayakomcp.emulator;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@link KayakoEmulator} per test class on a free loopback port and injects it into test
 * methods, constructors and lifecycle methods that declare a {@code KayakoEmulator} parameter.
 * After each test the faults and admin settings go back to their start values (data changes stay,
 * so tests that write should create their own objects).
 *
 * <p>The helpdesk comes from a {@code static EmulatorOptions emulatorOptions()} method on the test
 * class when there is one; otherwise it is the generated dataset for seed 42 with 50 tickets and a
 * fixed clock.
 *
 * <pre>{@code
 * @ExtendWith(EmulatorExtension.class)
 * class MyTest {
 *   static EmulatorOptions emulatorOptions() { return EmulatorOptions.defaults().helpdesk(h); }
 *   @Test void works(KayakoEmulator kayako) { ... kayako.apiUrl() ... }
 * }
 * }</pre>
 */
public final class EmulatorExtension
    implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

  /** The clock of the default dataset. */
  public static final Instant DEFAULT_NOW = Instant.parse("2024-03-09T16:00:00Z");

  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(EmulatorExtension.class);

  /** Closes the emulator when the class's store is closed (the store closes AutoCloseables). */
  private record Running(KayakoEmulator emulator, EmulatorOptions options)
      implements AutoCloseable {
    @Override
    public void close() {
      emulator.close();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    running(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Running r = running(context);
    r.emulator().faults().copyFrom(r.options().faults());
    r.emulator().settings().copyFrom(r.options().settings());
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == KayakoEmulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    return running(e).emulator();
  }

  private static Running running(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    ExtensionContext.Store store = classContext(context).getStore(NS);
    return store.getOrComputeIfAbsent(
        testClass,
        k -> {
          EmulatorOptions options = options(testClass);
          return new Running(KayakoEmulator.start(options.host("127.0.0.1").port(0)), options);
        },
        Running.class);
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }

  private static EmulatorOptions options(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      try {
        Method m = c.getDeclaredMethod("emulatorOptions");
        if (Modifier.isStatic(m.getModifiers())
            && EmulatorOptions.class.isAssignableFrom(m.getReturnType())) {
          m.setAccessible(true);
          return (EmulatorOptions) m.invoke(null);
        }
      } catch (NoSuchMethodException e) {
        // try the enclosing class, then fall back to the generated dataset
      } catch (ReflectiveOperationException e) {
        throw new ParameterResolutionException("emulatorOptions() failed", e);
      }
    }
    return EmulatorOptions.defaults()
        .seed(42)
        .tickets(50)
        .clock(Clock.fixed(DEFAULT_NOW, ZoneOffset.UTC));
  }
}
