import { Migration } from '@mikro-orm/migrations';

/**
 * Payments through Stripe Checkout: payments, refunds and the Stripe events already processed;
 * event types gain pricing rules and a cancellation policy, bookings their unit price, pricing
 * role and the latest payment's status.
 */
export class Migration20261121320000Payments extends Migration {
  override up(): void {
    this.addSql(`create table "stripe_event" ("id" varchar(255) not null, "type" varchar(255) not null, "payment_intent_id" varchar(255) null, "payload" jsonb not null, "received_at" timestamptz not null, "applied_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "stripe_event_payment_intent_id_index" on "stripe_event" ("payment_intent_id");`);
    this.addSql(`create table "payment" ("id" uuid not null, "workspace_id" uuid not null, "booking_id" uuid not null, "status" text not null, "amount" int not null, "currency" varchar(3) not null, "amount_refunded" int not null, "stripe_checkout_session_id" varchar(255) null, "checkout_url" text null, "stripe_payment_intent_id" varchar(255) null, "expires_at" timestamptz not null, "paid_at" timestamptz null, "closed_reason" varchar(255) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "payment" add constraint "payment_stripe_checkout_session_id_unique" unique ("stripe_checkout_session_id");`);
    this.addSql(`alter table "payment" add constraint "payment_stripe_payment_intent_id_unique" unique ("stripe_payment_intent_id");`);
    this.addSql(`create index "payment_workspace_id_created_at_index" on "payment" ("workspace_id", "created_at");`);
    this.addSql(`create index "payment_booking_id_index" on "payment" ("booking_id");`);
    this.addSql(`create index "payment_status_expires_at_index" on "payment" ("status", "expires_at");`);
    this.addSql(`create table "refund" ("id" uuid not null, "workspace_id" uuid not null, "payment_id" uuid not null, "amount" int not null, "reason" text null, "status" text not null, "stripe_refund_id" varchar(255) null, "failure" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "refund_payment_id_index" on "refund" ("payment_id");`);
    this.addSql(`alter table "event_type" add "pricing" jsonb not null default '{"roles":[],"seatTiers":[]}', add "cancellation_policy" jsonb null;`);
    this.addSql(`alter table "booking" add "unit_amount" int null, add "customer_role" varchar(64) null, add "payment" jsonb null;`);
    this.addSql(`alter table "payment" add constraint "payment_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on delete cascade;`);
    this.addSql(`alter table "payment" add constraint "payment_booking_id_foreign" foreign key ("booking_id") references "booking" ("id") on delete cascade;`);
    this.addSql(`alter table "payment" add constraint "payment_amounts_valid" check (amount >= 0 and amount_refunded >= 0 and amount_refunded <= amount);`);
    this.addSql(`alter table "payment" add constraint "payment_status_check" check ("status" in ('pending', 'succeeded', 'failed', 'expired', 'refunded', 'partially_refunded', 'disputed'));`);
    this.addSql(`alter table "refund" add constraint "refund_workspace_id_foreign" foreign key ("workspace_id") references "workspace" ("id") on delete cascade;`);
    this.addSql(`alter table "refund" add constraint "refund_payment_id_foreign" foreign key ("payment_id") references "payment" ("id") on delete cascade;`);
    this.addSql(`alter table "refund" add constraint "refund_amount_positive" check (amount > 0);`);
    this.addSql(`alter table "refund" add constraint "refund_status_check" check ("status" in ('pending', 'succeeded', 'failed'));`);
  }
}
