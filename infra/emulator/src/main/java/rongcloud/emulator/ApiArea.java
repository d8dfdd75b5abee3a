package rongcloud.emulator;

/** One API area (users, groups, messages...): registers its state, endpoints and admin routes. */
public interface ApiArea {
  void install(EmulatorContext context, Router router);
}
