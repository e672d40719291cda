// The insight pages: standings (on the pool page), version history, replay, bookings and outbox, analytics.
import './standings.js';
import './history.js';
import './replay.js';
import './bookings.js';
import './analytics.js';
