package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No method of ours is too big for the JIT: HotSpot never compiles a method of more than 8,000 bytes of bytecode
 * ({@code -XX:-DontCompileHugeMethods} is off by default), so it runs interpreted for ever. The slot finders' one
 * method grew past that limit in the thirteenth session (7,539 to 8,074 bytes) and extraction got 15% slower
 * per article with nothing in a profile but that method's own lines; this reads every compiled class's methods.
 */
class HugeMethodTest {
  /** HotSpot's {@code HugeMethodLimit}. */
  private static final int HUGE = 8000;

  @Test
  void everyMethodIsSmallEnoughToCompile() throws IOException {
    Path classes = Path.of(System.getProperty("newsgraph.project.dir", ".")).resolve("target/classes");
    List<String> huge = new ArrayList<>();
    int methods = 0;
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        for (Method m : methods(Files.readAllBytes(f))) {
          methods++;
          if (m.codeLength() > HUGE) {
            huge.add(classes.relativize(f) + " " + m.name() + ": " + m.codeLength() + " bytes");
          }
        }
      }
    }
    assertTrue(methods > 1000, "read only " + methods + " methods under " + classes);
    assertTrue(huge.isEmpty(), "methods the JIT will not compile: " + huge);
  }

  @Test
  void theReaderSeesAMethodsBytecode() throws IOException {
    byte[] own = Files.readAllBytes(Path.of(System.getProperty("newsgraph.project.dir", "."))
        .resolve("target/test-classes/org/newsgraph/HugeMethodTest.class"));
    List<Method> ms = methods(own);
    assertTrue(ms.stream().anyMatch(m -> m.name().equals("everyMethodIsSmallEnoughToCompile") && m.codeLength() > 50), ms.toString());
  }

  record Method(String name, int codeLength) {}

  /** The methods of a class file (JVMS 4.1) with the length of their Code attribute. */
  static List<Method> methods(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    in.readInt(); // magic
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 3, 4 -> in.skipBytes(4);
        case 5, 6 -> {
          in.skipBytes(8);
          i++; // a long or a double takes two entries
        }
        case 7, 8, 16, 19, 20 -> in.skipBytes(2);
        case 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
        case 15 -> in.skipBytes(3);
        default -> throw new IOException("constant pool tag " + tag);
      }
    }
    in.skipBytes(6); // access, this, super
    in.skipBytes(2 * in.readUnsignedShort()); // interfaces
    int fields = in.readUnsignedShort();
    for (int i = 0; i < fields; i++) {
      in.skipBytes(6);
      skipAttributes(in);
    }
    List<Method> out = new ArrayList<>();
    int methods = in.readUnsignedShort();
    for (int i = 0; i < methods; i++) {
      in.skipBytes(2);
      String name = utf8[in.readUnsignedShort()];
      in.skipBytes(2);
      int attributes = in.readUnsignedShort();
      int code = 0;
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if (attribute.equals("Code")) {
          in.skipBytes(4); // max stack, max locals
          code = in.readInt();
          in.skipBytes(length - 8);
        } else {
          in.skipBytes(length);
        }
      }
      out.add(new Method(name, code));
    }
    return out;
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int n = in.readUnsignedShort();
    for (int i = 0; i < n; i++) {
      in.skipBytes(2);
      in.skipBytes(in.readInt());
    }
  }
}
