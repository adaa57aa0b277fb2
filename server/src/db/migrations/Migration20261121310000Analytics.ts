import { Migration } from '@mikro-orm/migrations';

/**
 * The bookings-by-start index carries status, event type, host and creation time, so the
 * analytics queries of a workspace's year read the index alone (index-only scans), not the
 * wide booking rows.
 */
export class Migration20261121310000Analytics extends Migration {
  override up(): void {
    this.addSql(`drop index "booking_workspace_id_start_at_index";`);
    this.addSql(`create index "booking_workspace_id_start_at_index" on "booking" ("workspace_id", "start_at") include ("status", "event_type_id", "host_id", "created_at");`);
  }
}
