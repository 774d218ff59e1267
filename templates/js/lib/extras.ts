// A card's pacer and timer with JavaScript: the pace remembered, and "keep the screen on".
import { setUpPacers } from "./pacer.js";
import { setUpWakeLock } from "./wake-lock.js";

setUpPacers();
setUpWakeLock();
