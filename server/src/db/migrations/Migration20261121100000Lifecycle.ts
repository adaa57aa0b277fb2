import { Migration } from '@mikro-orm/migrations';

/**
 * What happens after a booking changes: emails (the outbox), reminders, webhook endpoints
 * with their deliveries and attempts, the heartbeats of job workers, and on bookings the
 * attendee's locale and the salt that lets later emails carry the manage link. The job queue's own tables come from graphile-worker's migrations.
 */
export class Migration20261121100000Lifecycle extends Migration {
  override up(): void {
    this.addSql(`create table "worker_heartbeat" ("id" varchar(255) not null, "started_at" timestamptz not null, "seen_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create table "webhook_endpoint" ("id" uuid not null, "workspace_id" uuid not null, "url" text not null, "description" text not null default '', "events" jsonb not null, "secret_sealed" text not null, "active" boolean not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "webhook_endpoint_workspace_id_created_at_index" on "webhook_endpoint" ("workspace_id", "created_at");`);
    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "workspace_id" uuid not null, "endpoint_id" uuid not null, "event_id" varchar(40) not null, "event_type" varchar(255) not null, "body" text not null, "status" text not null, "attempts" int not null, "next_attempt_at" timestamptz null, "last_status_code" int null, "last_error" text null, "created_at" timestamptz not null, "delivered_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_endpoint_id_created_at_index" on "webhook_delivery" ("endpoint_id", "created_at");`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_event_id_unique" unique ("endpoint_id", "event_id");`);
    this.addSql(`create table "webhook_attempt" ("id" bigserial primary key, "delivery_id" uuid not null, "at" timestamptz not null, "status_code" int null, "response_snippet" text null, "error" text null, "duration_ms" int not null);`);
    this.addSql(`create index "webhook_attempt_delivery_id_at_index" on "webhook_attempt" ("delivery_id", "at");`);
    this.addSql(`create table "reminder" ("id" uuid not null, "workspace_id" uuid not null, "booking_id" uuid not null, "offset_minutes" int not null, "due_at" timestamptz not null, "sent_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "reminder_due_at_index" on "reminder" ("due_at");`);
    this.addSql(`alter table "reminder" add constraint "reminder_booking_id_offset_minutes_due_at_unique" unique ("booking_id", "offset_minutes", "due_at");`);
    this.addSql(`create table "outbox_message" ("id" uuid not null, "workspace_id" uuid not null, "booking_id" uuid null, "dedupe_key" varchar(255) not null, "kind" varchar(255) not null, "recipient" varchar(255) not null, "recipient_role" text not null, "locale" varchar(35) not null, "subject" text not null, "html" text not null, "text" text not null, "ics" text null, "ics_method" varchar(16) null, "status" text not null, "provider" varchar(16) null, "provider_id" varchar(255) null, "attempts" int not null, "last_error" text null, "created_at" timestamptz not null, "sent_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`create index "outbox_message_workspace_id_created_at_index" on "outbox_message" ("workspace_id", "created_at");`);
    this.addSql(`alter table "booking" add "locale" varchar(35) null;`);
    this.addSql(`alter table "booking" add "manage_token_salt" varchar(32) null;`);
    this.addSql(`alter table "webhook_endpoint" add constraint "webhook_endpoint_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on delete cascade;`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on delete cascade;`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on delete cascade;`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_status_check" check ("status" in ('pending', 'succeeded', 'failed'));`);
    this.addSql(`alter table "webhook_attempt" add constraint "webhook_attempt_delivery_id_foreign" foreign key ("delivery_id") references "webhook_delivery" ("id") on delete cascade;`);
    this.addSql(`alter table "reminder" add constraint "reminder_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on delete cascade;`);
    this.addSql(`alter table "reminder" add constraint "reminder_booking_id_foreign" foreign key ("booking_id") references "booking" ("id") on delete cascade;`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on delete cascade;`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_booking_id_foreign" foreign key ("booking_id") references "booking" ("id") on delete cascade;`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_recipient_role_check" check ("recipient_role" in ('customer', 'host'));`);
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_status_check" check ("status" in ('queued', 'sent', 'failed'));`);
  }
}
